spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, n DECIMAL(5,3), m DECIMAL(10,2), j INT, ts TIMESTAMP, i INT, dt DATE, s STRING, d DOUBLE").json(INPUT)
result = df.select("id", "dt", expr("nullifzero((- (m * (m / nullif(m, 0))))) AS c1"), expr("arrays_overlap(array(size(json_object_keys(to_json(named_struct('a', int(power(array_position(array(s, 'a', '42'), 'a') % 4, 2)), 'b', collation(CAST(ts AS STRING))))))), array(CAST(NULL AS INT), 3)) AS c2")).where("(nvl2(c2, (to_date('2000-01-01') <= dt), false) OR (dt IS NULL))")
OUTPUT_MODE = "append"
