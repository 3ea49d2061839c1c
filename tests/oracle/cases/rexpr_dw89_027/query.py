from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), s STRING, t STRING, i INT, ts TIMESTAMP, dt DATE, d DOUBLE").json(INPUT)
result = df.filter((col("dt") != F.to_date(lit("2023-12-31")))).selectExpr("id", "i", "CASE dayofweek(dt) WHEN -1 THEN m ELSE m END AS c1", "(nullif(i, 0) / 7) AS c2", "if((i <> 0), -1, 1) AS c3", "CASE WHEN true THEN add_months(dt, i) ELSE to_date('2025-03-01') END AS c4")
OUTPUT_MODE = "append"
