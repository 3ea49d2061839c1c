spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("to_timestamp_ltz(CAST(element_at(array_sort(array(to_date(ts), element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), DATE'2024-02-29')), 1) AS STRING)) AS c1"), expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3))"), F.encode(lit("日本"), 'UTF-8').alias("c3"), expr("try_mod(((m / nullif(m, 0)) * 5), (n / nullif(0.5, 0)))").alias("c4"), F.sentences(F.printf(lit('%s=%d'), expr("CAST(to_timestamp_ntz(date_format(least(ts, ts, ts), 'yyyy-MM-dd HH:mm:ss')) AS STRING)"), F.shiftrightunsigned((col("i") % lit(2)), 28))).alias("c5"))
OUTPUT_MODE = "append"
