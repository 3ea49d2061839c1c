spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("map_values(map(1, element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), 2, NULL))")).withColumn("c2", expr("t")).withColumn("c3", expr("zeroifnull((m % nullif(bround(0.5, -1), 0)))")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
