from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("from_xml('<ROW><n><m>' || s || '</m></n></ROW>', 'n STRUCT<m: STRING>')"), expr("flatten(array(array(s), CAST(NULL AS ARRAY<STRING>)))"), col("s").like("%e").alias("c3"), expr("stack(3, date_sub(dt, 1), 1, make_date(year(dt), 12, 1))"))
OUTPUT_MODE = "append"
