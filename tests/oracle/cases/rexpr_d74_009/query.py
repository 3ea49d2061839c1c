from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("id") % F.nullif(lit(5), lit(0))).alias("c1"), ((col("i") + col("i")) + (col("b").cast("decimal(5,1)") * col("i"))).alias("c2"), expr("(nullif(((id - id) + i), 86400L) * 0) AS c3")).filter(col("f").isNotNull())
OUTPUT_MODE = "append"
