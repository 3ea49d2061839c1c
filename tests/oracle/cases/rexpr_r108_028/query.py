from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, j INT, s STRING, n DECIMAL(4,1), d DOUBLE, dt DATE, m DECIMAL(18,6), i INT").load(INPUT)
result = df.groupBy("dt", expr("add_months((dt + INTERVAL 1 MONTH), json_array_length(s)) AS k2")).agg(expr("round(regr_r2(array_position(array(to_json(from_csv(s, 'a INT, b STRING')), 'a', CAST(timestamp_add('MONTH', i, CAST(NULL AS DATE)) AS STRING)), 'a'), zeroifnull(abs(i))), 6) AS a1"), expr("round(regr_avgy(from_json(to_json(named_struct('v', d)), 'v DOUBLE').v, 2), 6) AS a2"))
OUTPUT_MODE = "complete"
