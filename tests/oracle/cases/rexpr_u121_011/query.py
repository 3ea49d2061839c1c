from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("posexplode_outer(map(2, s))"), expr("sequence(5, abs((i * 10)) % 5, -2)").alias("c2"), expr("power((integer(d % 1000) + negative(i)), position(schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}'), try_parse_url('42', 'HOST'), 2) % 5) AS c3"))
OUTPUT_MODE = "append"
