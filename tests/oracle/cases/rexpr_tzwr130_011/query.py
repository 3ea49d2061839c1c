spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dt", "stack(3, to_date('2025-03-01'), 1, dt)", "(DATE'2024-02-29' >= ts) AS c2", "vector_norm(array(CAST(i AS FLOAT), 4.0F), 2.0F) AS c3", "((id + id) DIV 10) AS c4", "(i BETWEEN 3 AND 1) AS c5")
OUTPUT_MODE = "append"
