spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, m DECIMAL(10,2), j INT, dt DATE, t STRING, i INT, s STRING, n DECIMAL(5,3), d DOUBLE, k BIGINT").load(INPUT)
result = df.withColumn("c1", expr("arrays_zip(array(abs((-1 - i)), 2), array(regexp_replace(try_parse_url(coalesce(t, s, ' '), 'HOST'), '[aeiou]', '*')), array())")).withColumn("c2", expr("((i * m) / nullif((m * 0), 0))")).withColumn("c3", expr("nullif(unix_timestamp(TIMESTAMP'1999-12-31 23:59:59.999'), 3L)")).select("id", "c1", "c2", "c3").filter((expr("is_valid_utf8(unhex('C328'))") | col("t").isNotNull()))
OUTPUT_MODE = "append"
