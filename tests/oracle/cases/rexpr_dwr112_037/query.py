from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(expr("avg(from_json(to_json(named_struct('v', acos(d))), 'v DOUBLE').v) AS a1"), expr("listagg(t, ',') WITHIN GROUP (ORDER BY t) AS a2"), F.round(F.avg(expr("timestamp_diff('MONTH', date_trunc('yyyy', TIMESTAMP'2024-03-01 12:30:00.123456'), date_trunc('yyyy', ts))")), 2).alias("a3"), expr("round(variance(length(s)), 6) AS a4"))
OUTPUT_MODE = "complete"
