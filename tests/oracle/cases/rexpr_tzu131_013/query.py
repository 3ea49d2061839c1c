spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("map_entries(map(date_diff(next_day(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], 'fri'), if((id IS NOT NULL), dt, trunc(to_date('2000-01-01'), 'Q'))), s))")).withColumn("c2", expr("from_xml('<ROW><n><m>' || array_join(array_prepend(split('日本', ' '), 'p'), '_') || '</m></n></ROW>', 'n STRUCT<m: STRING>')")).withColumn("c3", expr("array_sort(array(s, s, 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)")).withColumn("m", expr("positive(coalesce(-3.10, 99.99))")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
