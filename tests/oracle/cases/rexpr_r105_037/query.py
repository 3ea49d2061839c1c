from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, n DECIMAL(4,1), i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), j INT, dt DATE, ts TIMESTAMP, f FLOAT").load(INPUT)
result = df.selectExpr("id", "(- bitmap_bit_position(1)) AS c1", "map_keys(map(CAST(timestampadd(MINUTE, position('o', s), ts) AS STRING), 1, 'k', 2)) AS c2")
OUTPUT_MODE = "append"
