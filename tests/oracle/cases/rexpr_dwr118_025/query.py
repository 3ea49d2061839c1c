from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(isnan(d), true)").withColumn("c1", expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)")).withColumn("c2", expr("from_json('{\"k\": ' || d || '}', 'MAP<STRING, DOUBLE>')")).withColumn("c3", expr("from_json('{\"a\": ' || instr(CAST(from_base32(to_base32(encode(' ', 'utf-8'))) AS STRING), 'a') || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')"))
OUTPUT_MODE = "append"
