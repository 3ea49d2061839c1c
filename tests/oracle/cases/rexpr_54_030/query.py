from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce((~col("f").isNotNull()), lit(False)))).selectExpr("id", "d", "CAST(id AS BOOLEAN) AS c1", "CASE WHEN startswith(s, 'H') THEN f WHEN (i <= 0) THEN f ELSE nvl(100.0D, 0.001D) END AS c2")
OUTPUT_MODE = "append"
