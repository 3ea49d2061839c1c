spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.date_add(col("dt"), col("i")).alias("k1")).agg(expr("histogram_numeric(bitwise_not(i) % 5, 10) AS a1"), F.count_if(F.is_valid_utf8(expr("CAST(try_make_timestamp_ntz(2023, 2, i, 0, 0, 0) AS STRING)"))).alias("a2"), expr("hex(count_min_sketch(t, 0.3D, 0.7D, 7)) AS a3"), expr("vector_avg(array(CAST((i % nullif(i, 0)) AS FLOAT), 2.0F)) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
