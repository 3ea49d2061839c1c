from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, s STRING, m DECIMAL(7,0), ts TIMESTAMP, j INT, d DOUBLE, i INT, dt DATE, n DECIMAL(5,3)").json(INPUT)
result = df.where((F.is_valid_utf8(F.right(F.left(col("s"), lit(2)), lit(2))) | (col("m") < expr("100BD")))).selectExpr("id", "dt", "from_json('{\"k\": ' || d || '}', 'MAP<STRING, DOUBLE>')", "from_csv(hex(try_to_binary(to_xml(named_struct('a', 2, 'b', s)), 'hex')), 'a INT, b STRING, c DOUBLE') AS c2", "sentences(CAST(from_utc_timestamp(ts, 'Asia/Tokyo') AS STRING)) AS c3", "timestampadd(DAY, (1 * i), CASE WHEN b THEN ts WHEN (i <= 3) THEN ts ELSE ts END) AS c4").filter(col("m").isNotNull())
OUTPUT_MODE = "append"
