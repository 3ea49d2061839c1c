from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("array_insert(array('a', 'b', 'c'), -1, format_string('[%5s|%-4d]', s, i))")).withColumn("c2", expr("make_timestamp_ltz(2024, 2, 29, quarter(add_months(dt, i)), 0, 0, 'Asia/Tokyo')")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
