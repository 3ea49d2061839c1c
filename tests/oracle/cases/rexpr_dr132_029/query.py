from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "inline(array(named_struct('x', i, 'y', s), named_struct('x', 2, 'y', 'b')))", "encode(current_timezone(), 'UTF-8') AS c2", "add_months(make_date(2024, pmod(i, 12) + 1, least(dayofmonth(dt), 28)), i) AS c3").where("(exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a') OR (m IS NULL))")
OUTPUT_MODE = "append"
