spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(startswith(CAST(to_timestamp_ltz(date_format(nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING), 'é') OR (dt <= to_date('2023-12-31')))").withColumn("c1", F.pi() * col("i")).withColumn("c2", expr("CASE WHEN b THEN dt ELSE dt END")).withColumn("c3", F.str_to_map(F.concat(lit('a:1,b:2,c:'), col("i")))).withColumn("c4", expr("bitwise_not(CAST(i AS BIGINT))"))
OUTPUT_MODE = "append"
