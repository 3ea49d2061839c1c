from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]").alias("c1"), expr("map_from_entries(array(struct(CASE WHEN (f >= 0.001D) THEN negative(10) WHEN arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) THEN i WHEN (is_valid_utf8(unhex('C328')) AND (f = 3.75D)) THEN bitmap_bit_position(timestampdiff(HOUR, TIMESTAMP'2024-03-01 12:30:00.123456', ts)) ELSE i END, lcase(CASE WHEN ((s IS NOT NULL) AND (s < '')) THEN t WHEN (s > ' ') THEN t WHEN (dt = DATE'2000-01-01') THEN s ELSE t END)), struct(2, 'two'))) AS c2"), expr("CAST(to_timestamp_ntz(date_format(CASE WHEN (s = 'a') THEN ts ELSE ts END, 'yyyy-MM-dd HH:mm:ss')) AS STRING)").alias("c3"), expr("add_months(dt, i)"))
OUTPUT_MODE = "append"
