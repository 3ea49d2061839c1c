spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.least(col("d"), col("d"), col("d")).alias("k1"), "dt").agg(expr("(max(try_to_number(greatest(s, t), 'S999.99')) - min(try_to_number(greatest(s, t), 'S999.99'))) AS a1"), expr("max(raise_error(concat('bad ', s))) AS a5"), expr("percentile(i, array(0.25, 0.75)) AS a2"), expr("regr_count(i, try_mod(d, d)) AS a3"), F.round(F.avg(col("i")), 0).alias("a4"))
OUTPUT_MODE = "complete"
