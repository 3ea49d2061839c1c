from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "s", "from_json(to_json(named_struct('v', d)), 'v DOUBLE').v AS c1", "(m / nullif(m, 0)) AS c2", "map_contains_key(map(i, 'a', 3, 'b'), 3) AS c3")
OUTPUT_MODE = "append"
