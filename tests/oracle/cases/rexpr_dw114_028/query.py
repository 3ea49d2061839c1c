from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN (id > 3L) THEN b END AS k1")).agg(expr("bool_and((add_months(dt, -1) != nullif(dt, DATE'2023-12-31'))) AS a1"), expr("round(avg(CASE WHEN (s <= 'é') THEN m WHEN (d >= 0.1D) THEN m ELSE n END), 3) AS a2"), expr("sort_array(collect_set(instr(s, 'é'))) AS a3"))
OUTPUT_MODE = "update"
