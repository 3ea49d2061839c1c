from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, i INT, ts TIMESTAMP, d DOUBLE, dt DATE, s STRING, m DECIMAL(10,2)").load(INPUT)
result = df.select("j", expr("(ts - INTERVAL 1 DAY)"), expr("next_day(to_date('2024-02-29'), 'TU')").alias("c2"), expr("to_binary('42', 'utf-8')"), expr("from_json('[' || i || ', 2]', 'ARRAY<INT>') AS c4"), expr("from_json('{\"a\": ' || coalesce(greatest(i, i, i), i, 5) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')").alias("c5")).where(((col("j") != lit(10)) | col("c4").isNull()))
OUTPUT_MODE = "append"
