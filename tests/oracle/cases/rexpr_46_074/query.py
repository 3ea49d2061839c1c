from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(m / nullif(CAST(i AS DECIMAL(20,0)), 0)) AS c1", "CASE WHEN (d IS NOT NULL) THEN m WHEN (id IS NOT NULL) THEN m WHEN (i <= -1) THEN m ELSE m END AS c2", "(d <> floor(m, -1)) AS c3")
OUTPUT_MODE = "append"
