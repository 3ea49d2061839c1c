from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "element_at(array_sort(array(dt, add_months(add_months(dt, i), i), DATE'2024-02-29')), 1) AS c1", "sequence(next_day(CAST((ts + INTERVAL -3 DAYS) AS DATE), 'TU'), date_add(next_day(CAST((ts + INTERVAL -3 DAYS) AS DATE), 'TU'), 3), INTERVAL 1 DAY)[1] AS c2", "stack(2, i, sha(s), if((n <= 0.5), i, 7), get(split(s, '[aeiou]'), 1))", "array(array_position(array(repeat(s, 2), 'a', upper(s)), 'a'), NULL) AS c4", "map_zip_with(map('a', bitwise_not(i), 'b', 2), map('a', 10, 'c', width_bucket(d, -10.0D, 10.0D, 4)), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)) AS c5")
OUTPUT_MODE = "append"
