from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("s") < lit("a"))).selectExpr("greatest((m / 7), (m + m)) AS c1", "(nullif(d, 0.001D) * m)", "floor(m, -1) AS c3").filter(F.coalesce(F.isnull(col("d")), lit(True)))
OUTPUT_MODE = "append"
