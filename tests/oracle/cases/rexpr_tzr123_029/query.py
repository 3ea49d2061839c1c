spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, t STRING, i INT, j INT, ts TIMESTAMP, m DECIMAL(7,0), s STRING, dt DATE").json(INPUT)
result = df.select("id", "t", col("dt").isNull().alias("c1"), expr("hmac('k', upper(rpad(CAST(timestampadd(MINUTE, 3, ts) AS STRING), 6, ' ')), 'SHA256')").alias("c2"), F.next_day(F.to_date(lit("2025-03-01")), "fri").alias("c3"), expr("array_intersect(array((5 * json_array_length(to_json(array(array_position(array('', 'a', s), 'a'), i)))), i, NULL, 1), array(1, NULL, (5 * json_array_length(to_json(array(array_position(array('', 'a', s), 'a'), i))))))").alias("c4"))
OUTPUT_MODE = "append"
