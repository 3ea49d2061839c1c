from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("arrays_overlap(array(array_position(array(s, 'a', s), 'a')), array(CAST(NULL AS INT), 3))")).withColumn("c2", expr("xpath('<a><b>x</b><b>' || (i * 2) || '</b></a>', 'a/b/text()')")).withColumn("c3", expr("map_values(map(1, dt, 2, NULL))")).drop("i", "k", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
