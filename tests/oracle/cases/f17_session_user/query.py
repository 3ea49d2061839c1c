df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
# The user is the OS user Spark runs as (or SPARK_USER): compared, not written down.
result = df.select("k", (F.current_user() == F.user()).alias("cu_user"), (F.user() == F.session_user()).alias("user_session"),
                   (F.length(F.current_user()) > 0).alias("named"), F.current_path(),
                   (F.expr("current_user()") == F.session_user()).alias("cu_sql"))
OUTPUT_MODE = "append"
