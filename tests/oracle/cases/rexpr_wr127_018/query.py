from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce(col("b"), lit(False)))).selectExpr("id", "struct(i, to_json(map_from_arrays(array('a', 'b'), array(try_mod(zeroifnull(i), weekofyear(dt)), size(split(s, '-'))))) AS name, dt) AS c1", "try_to_date(s) AS c2").where("(b OR b)")
OUTPUT_MODE = "append"
