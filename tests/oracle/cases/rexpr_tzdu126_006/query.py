spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("months_between((date_trunc('MONTH', TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL 1 DAY), dt, false) AS c1"), expr("power(0.0D, tinyint(abs(CAST(array_size(slice(array(bit_get(i, 3), least(i, i), 3, 4), -2, 5)) AS INT)) % 100) % 3 - 1)").alias("c2"), F.acos(col("d")).alias("c3"), F.next_day(col("dt"), "Mon").alias("c4"), F.least(col("ts"), col("ts")).alias("c5"))
OUTPUT_MODE = "append"
