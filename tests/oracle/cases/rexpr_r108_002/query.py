from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("from_json(s, 'a INT', map('mode', 'FAILFAST'))")).withColumn("c2", expr("str_to_map(t, ' ', 'l')")).withColumn("c3", expr("negative(round(n, -1))")).withColumn("c4", expr("map_values(map(1, dt, 2, NULL))")).withColumn("c5", lit(1).cast("bigint"))
OUTPUT_MODE = "append"
