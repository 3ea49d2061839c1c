from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce((s IN ('42')), true)").select("id", expr("collation(collate(rpad(s, 8, 'ab'), 'UTF8_BINARY'))"), expr("to_xml(named_struct('d', trunc(nullif(dt, DATE'2024-02-29'), 'WEEK'), 'x', from_xml('<ROW><v>' || (d / 10) || '</v></ROW>', 'v DOUBLE').v, 'arr', array(position('o', nvl2(ts, s, 'x-y')), shiftrightunsigned(i, 28)))) AS c2"), expr("rint((m * n))").alias("c3"), expr("trunc(trunc(dt, 'Q'), 'WEEK')").alias("c4"), expr("map_values(map(1, (date_sub(dateadd(dt, i), i) - INTERVAL -10 DAYS), 2, NULL))").alias("c5"))
OUTPUT_MODE = "append"
