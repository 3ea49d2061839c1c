spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(CAST(-4 AS BOOLEAN) OR (k IS NOT NULL))").withColumn("s", F.format_string("[%5s|%-4d]", col("s"), col("i"))).withColumn("c2", expr("(CASE WHEN (i IS NOT NULL) THEN 1000L WHEN (id <= 1L) THEN 1000L ELSE k END <= nullif(TRY_CAST(d AS BIGINT), 1L))")).select("id", "c2")
OUTPUT_MODE = "append"
