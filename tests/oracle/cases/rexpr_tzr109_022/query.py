spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("array_except(array(CAST(make_timestamp_ltz(2024, 3, 10, 2, 30, 0) AS STRING), s, 'a', 'a'), array('a', NULL))")).withColumn("c2", ((col("b") >= lit(False)) | col("t").startswith("a"))).withColumn("c3", F.array_except(F.array(col("t"), col("s"), lit('a'), lit('a')), F.array(lit('a'), lit(None)))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
