from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("repeat(get(split(t, ','), 0), 1)").alias("c1"), expr("TRY_CAST(rpad(t, 3, '*') AS DECIMAL(6,3)) AS c2"), expr("size(split(sha2(s, 224), ' '))"), F.date_add(col("dt"), col("i")).alias("c4"), expr("md5(from_unixtime(CASE WHEN (id < 0L) THEN i WHEN b THEN i END)) AS c5"))
OUTPUT_MODE = "append"
