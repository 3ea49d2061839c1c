from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(TRY_CAST(s AS BOOLEAN), true)").select("id", expr("xpath_float('<a b=\"' || i || '\"/>', 'a/@b')").alias("c1"), F.arrays_zip(F.split(col("s"), ' '), F.sequence(lit(1), lit(3))).alias("c2"), expr("map_from_entries(array(struct(CAST((array_min(array(i, i, CAST(NULL AS INT))) | -1) AS INT), to_char(CAST(ts AS DATE), 'yyyy/MM/dd')), struct(2, 'two')))").alias("c3"), (col("n") / lit(7)).alias("c4"), expr("arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) AS c5")).where((col("c1") != lit(-1.5)))
OUTPUT_MODE = "append"
