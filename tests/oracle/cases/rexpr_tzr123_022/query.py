spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "stack(3, dt, 1, dt)", "vector_normalize(array(3.0F, CAST(i AS FLOAT)), 2.0F) AS c2", "element_at(array_sort(array(trunc(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], 'yy'), greatest(dt, date_add(next_day(dt, 'wednesday'), 10)), DATE'2024-02-29')), 1) AS c3", "to_binary(printf('%x %o %08d', i, i, i), 'utf-8') AS c4").where("(s <= 'é')")
OUTPUT_MODE = "append"
