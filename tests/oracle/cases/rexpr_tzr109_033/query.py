spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "if((m <> 0.001), n, (m / nullif(i, 0))) AS c1", "stack(2, bitwise_not(json_array_length(to_json(array(i, i)))), md5(s), i, 'é')", "greatest(ts, ts, ts) AS c3", "factorial(abs(array_position(array(printf('%5.2f|%-6s|', nvl(d, 2.0D), s), 'a', s), 'a')) % 25) AS c4", "zip_with(array(i, 2, 3), array(1, 5), (x, y) -> x * 10 + y) AS c5")
OUTPUT_MODE = "append"
