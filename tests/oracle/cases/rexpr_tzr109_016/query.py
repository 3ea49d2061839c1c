spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j AS k1, (i + i) AS k2, substr(hex(bitmap_and_agg(unhex(lpad(hex(abs(i) % 256), 4, 'F')))), 1, 24) AS a1, round(regr_intercept((-1 * i), i), 6) AS a2, substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(position('o', s))))), 1, 24) AS a3, round(avg(least(m, m)), 2) AS a4, max(nanvl(d, s)) AS a5 FROM src GROUP BY j, (i + i)")
OUTPUT_MODE = "complete"
