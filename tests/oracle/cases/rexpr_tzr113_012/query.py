spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, m DECIMAL(18,6), dt DATE, d DOUBLE, j INT, ts TIMESTAMP, s STRING, t STRING, i INT").load(INPUT)
result = df.withColumn("c1", expr("CAST(arrays_overlap(array(array_min(array(character_length(t), 10, CAST(NULL AS INT)))), array(CAST(NULL AS INT), 3)) AS DECIMAL(38,18))")).withColumn("c2", expr("map_entries(map(if(arrays_overlap(array(i, i), array(1, 2, i)), dayofmonth(to_date('2025-03-01')), i), t))")).withColumn("c3", expr("(m < 99.99)")).withColumn("c4", F.when(col("b"), col("id")).when(col("c3"), col("id")))
OUTPUT_MODE = "append"
