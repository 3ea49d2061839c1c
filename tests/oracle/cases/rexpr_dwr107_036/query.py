from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(t <= '日本')").selectExpr("id", "map_from_entries(array(struct(i, s), struct(2, 'two'))) AS c1", "flatten(array(array(to_char(encode(CAST(convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(t)) AS STRING), 'utf-8'), 'hex')), CAST(NULL AS ARRAY<STRING>))) AS c2").filter((F.map_contains_key(F.create_map(F.weekofyear(F.to_date(lit("2000-01-01"))), lit('a'), lit(3), lit('b')), 3) | col("c1").isNotNull()))
OUTPUT_MODE = "append"
