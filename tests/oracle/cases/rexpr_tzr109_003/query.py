spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, d DOUBLE, n DECIMAL(9,5), i INT, ts TIMESTAMP, k BIGINT, t STRING, m DECIMAL(10,2)").json(INPUT)
result = df.select("id", F.monthname(expr("timestamp_add('HOUR', size(split(dayname(dt), ' ')), ts)")).alias("c1"), expr("from_json('[' || bitmap_bucket_number(abs(json_array_length(sha('42')))) || ', 2]', 'ARRAY<INT>')").alias("c2"), expr("(ascii(t) >= 86400L) AS c3"), ((F.when((col("id") != lit(0).cast("bigint")), col("m")).when(col("t").isNotNull(), col("m")).otherwise(col("n")) - col("d")) == (col("n") + F.when(col("i").isNotNull(), col("m")).otherwise(col("m")))).alias("c4"), expr("trunc(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], 'mon') AS c5")).where("((2 IN (-1, 1)) OR (c5 IS NULL))")
OUTPUT_MODE = "append"
