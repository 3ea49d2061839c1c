spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "TRY_CAST(d AS DECIMAL(10,4)) AS c1", "map_from_arrays(array('a', 'b'), array(CASE WHEN true THEN d WHEN b THEN d WHEN b THEN d ELSE d END, (d - 2.0D))) AS c2", "stack(3, add_months(dt, 2), 1, CASE WHEN b THEN dt WHEN (k >= 86400L) THEN dt ELSE dt END)")
OUTPUT_MODE = "append"
