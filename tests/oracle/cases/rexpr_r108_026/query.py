from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, dt DATE, i INT, ts TIMESTAMP, f FLOAT, s STRING, k BIGINT, m DECIMAL(18,6), t STRING").load(INPUT)
result = df.withColumn("c1", F.trim(expr("to_base32(encode(s, 'utf-8'))"))).withColumn("c2", expr("CASE WHEN ((dt > to_date('2024-02-29')) AND (ts >= TIMESTAMP'2024-02-29 00:00:00')) THEN i WHEN (m >= -3.10) THEN bitmap_bucket_number(abs(i)) WHEN false THEN (0 * i) ELSE i END")).withColumn("c3", expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]")).withColumn("c4", expr("from_json('[' || bitmap_bucket_number(abs(size(split(' ', ' ')))) || ', 2]', 'ARRAY<INT>')")).withColumn("c5", expr("(m * m * m * m * m)")).withColumn("c6", expr("array_repeat(reduce(array(i, i, 4), 0, (acc, x) -> acc + coalesce(x, 0)), -1)"))
OUTPUT_MODE = "append"
