from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(d <> -1.5D)").selectExpr("id", "str_to_map(CAST(timestampadd(MINUTE, i, (convert_timezone('America/Los_Angeles', 'UTC', ts) - INTERVAL '1-2' YEAR TO MONTH)) AS STRING), ' ', 'l') AS c1", "str_to_map(s, ' ', 'l') AS c2", "from_csv(printf('%x %o %08d', (array_position(array(s, 'a', s), 'a') - i), i, (array_position(array(s, 'a', s), 'a') - i)), 'a INT, b STRING, c DOUBLE') AS c3", "vector_inner_product(array(CAST(nullif(sec(d), 0.1D) AS FLOAT), 1.5F), array(2.0F, CAST(dayofweek(dt) AS FLOAT))) AS c4")
OUTPUT_MODE = "append"
