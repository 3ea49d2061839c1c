spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("json_object_keys(upper(validate_utf8(s)))")).withColumn("c2", expr("bit_get((i + i), 3)")).withColumn("c3", expr("CASE WHEN endswith('', 'H') THEN ts ELSE timestampadd(DAY, i, ts) END")).withColumn("c4", col("id")).drop("i", "j", "d", "s", "ts")
OUTPUT_MODE = "append"
