from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, m DECIMAL(10,2), dt DATE, i INT, b BOOLEAN, d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(date_trunc('MINUTE', ts) + INTERVAL 36 HOURS) AS c1", "round(m) AS c2", "lpad(s, 0, 'ab') AS c3")
OUTPUT_MODE = "append"
