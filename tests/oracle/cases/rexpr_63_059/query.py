from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "s", "((floor(m) / nullif(100BD, 0)) % nullif(0.001, 0)) AS c1", "CASE WHEN b THEN m ELSE m END AS c2", "TRY_CAST(m AS BIGINT) AS c3", "abs(m)", "(NOT b) AS c5")
OUTPUT_MODE = "append"
