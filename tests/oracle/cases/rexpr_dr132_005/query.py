from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, i INT, n DECIMAL(4,1), t STRING, m DECIMAL(12,4), d DOUBLE, k BIGINT, s STRING, ts TIMESTAMP, b BOOLEAN").json(INPUT)
result = df.groupBy(expr("date_diff(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], dt) AS k1")).agg(expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(shiftright(datepart('DAYOFWEEK', dt), 33)) % 256), 8, '0')))) AS a1"), expr("percentile_disc(0.25) WITHIN GROUP (ORDER BY d) AS a2"), expr("round(avg(size(split(s, ' '))), 3) AS a3"), F.count(col("b")).alias("a4"))
OUTPUT_MODE = "complete"
