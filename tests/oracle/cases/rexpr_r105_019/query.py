from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(b OR (d > 0.5D))").select("id", "j", expr("json_tuple(s, 'a')"), F.pmod(col("m"), F.nullif(col("n"), lit(0))).alias("c2"), expr("from_json('[' || (- shiftright(i, 2)) || ', 2]', 'ARRAY<INT>')").alias("c3"), expr("flatten(array(array(i, i), array(), array(NULL))) AS c4"), expr("from_json(base64(aes_encrypt(CAST(to_utc_timestamp(ts, 'America/New_York') AS STRING), '0123456789abcdef', 'ECB')), 'a INT, b ARRAY<STRING>')").alias("c5")).filter("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
