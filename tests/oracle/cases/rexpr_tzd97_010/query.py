spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("regexp_substr(get_json_object(to_json(named_struct('a', s, 'n', m)), '$.a'), '[aeiou]+')").alias("c1"), F.to_timestamp(F.date_format(F.next_day(col("dt"), "TU").cast("timestamp"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c2"), F.greatest(col("dt"), col("dt")).alias("c3"))
OUTPUT_MODE = "append"
